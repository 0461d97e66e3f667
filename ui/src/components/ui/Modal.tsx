import type { ReactNode } from 'react';
import { Dialog, Heading, Modal as AriaModal, ModalOverlay } from 'react-aria-components';

export interface ModalProps {
  title: string;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
  isDismissable?: boolean;
}

export function Modal({ title, isOpen, onOpenChange, children, isDismissable = true }: ModalProps) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={isDismissable}
      className="fixed inset-0 z-50 flex items-center justify-center bg-black/40 p-4"
    >
      <AriaModal className="max-h-[85vh] w-full max-w-xl overflow-auto rounded-lg border border-line bg-surface p-5 shadow-xl">
        <Dialog className="outline-none">
          <Heading slot="title" className="mb-3 text-lg font-semibold">
            {title}
          </Heading>
          {children}
        </Dialog>
      </AriaModal>
    </ModalOverlay>
  );
}
