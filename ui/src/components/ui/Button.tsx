import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export interface ButtonProps extends AriaButtonProps {
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  size?: 'sm' | 'md';
}

const VARIANTS = {
  primary: 'bg-accent text-accent-ink hover:opacity-90',
  secondary: 'bg-surface text-ink border border-line hover:bg-raised',
  ghost: 'text-ink hover:bg-raised',
  danger: 'bg-danger text-danger-ink hover:opacity-90',
} as const;

export function Button({ variant = 'secondary', size = 'md', className, ...props }: ButtonProps) {
  const sizing = size === 'sm' ? 'px-2 py-1 text-xs' : 'px-3 py-1.5 text-sm';
  return (
    <AriaButton
      {...props}
      className={`inline-flex items-center justify-center gap-1.5 rounded-md font-medium outline-none transition
        focus-visible:ring-2 focus-visible:ring-accent disabled:cursor-not-allowed disabled:opacity-50
        ${sizing} ${VARIANTS[variant]} ${typeof className === 'string' ? className : ''}`}
    />
  );
}
