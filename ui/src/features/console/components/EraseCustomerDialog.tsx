import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { FormProblem } from '@/components/ui/FormProblem';
import { Modal } from '@/components/ui/Modal';
import { TextInput } from '@/components/ui/TextInput';
import { useEraseCustomer, type Customer } from '../api/people';

export interface EraseCustomerDialogProps {
  customer: Customer;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Erasure, confirmed by typing the customer's email: says exactly what goes and what stays. */
export function EraseCustomerDialog({ customer, isOpen, onOpenChange }: EraseCustomerDialogProps) {
  const erase = useEraseCustomer();
  const [typed, setTyped] = useState('');
  const expected = (customer.email ?? '').trim().toLowerCase();
  const close = () => { setTyped(''); erase.reset(); onOpenChange(false); };
  return (
    <Modal title={`Erase ${customer.name ?? 'this customer'}?`} isOpen={isOpen} onOpenChange={(open) => (open ? onOpenChange(true) : close())}>
      <div className="flex flex-col gap-3 text-sm">
        <p>Erasure is for a request to be forgotten (GDPR article 17). It <strong>cannot be undone</strong>.</p>
        <div>
          <p className="font-medium">Erased at once, everywhere:</p>
          <ul className="ml-5 list-disc">
            <li>their name and email address;</li>
            <li>the subject and the messages of the tickets they requested;</li>
            <li>their login, sessions, password-reset links, queued mail and sign-in records.</li>
          </ul>
        </div>
        <div>
          <p className="font-medium">Kept, without personal data:</p>
          <ul className="ml-5 list-disc">
            <li>the tickets themselves (numbers, statuses, timings, assignees), so counts and reports stay right;</li>
            <li>the event history, which never held their personal data (see docs/adr/002).</li>
          </ul>
        </div>
        <TextInput label={`Type ${customer.email ?? 'their email'} to confirm`} value={typed} onChange={setTyped} autoComplete="off" />
        <FormProblem error={erase.error} />
        <div className="flex justify-end gap-2">
          <Button onPress={close}>Keep the customer</Button>
          <Button variant="danger" isDisabled={erase.isPending || typed.trim().toLowerCase() !== expected}
            onPress={() => erase.mutate(customer.id ?? '', { onSuccess: close })}>
            Erase personal data
          </Button>
        </div>
      </div>
    </Modal>
  );
}
