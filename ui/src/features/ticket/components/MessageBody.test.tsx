import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MessageBody, sanitizeMessageHtml } from './MessageBody';

describe('MessageBody', () => {
  it('shows formatting but never runs markup from a message', () => {
    const { container } = render(
      <MessageBody html={'<p><strong>Hi</strong> <img src=x onerror="alert(1)"><a href="javascript:alert(2)">click</a><script>alert(3)</script></p>'} />,
    );
    expect(screen.getByText('Hi').tagName).toBe('STRONG');
    expect(container.querySelector('img, script, [onerror]')).toBeNull();
    expect(screen.getByText('click')).not.toHaveAttribute('href');
  });

  it('opens links apart, without the referrer', () => {
    render(<MessageBody html={'<a href="https://example.com/docs" onclick="steal()">docs</a>'} />);
    const link = screen.getByRole('link', { name: 'docs' });
    expect(link).toHaveAttribute('href', 'https://example.com/docs');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(link).not.toHaveAttribute('onclick');
  });

  it('keeps plain text as text', () => {
    render(<MessageBody text={'<b>not bold</b>\nsecond line'} />);
    expect(screen.getByText(/<b>not bold<\/b>/)).toBeInTheDocument();
  });

  it('drops styles and event handlers from allowed tags', () => {
    expect(sanitizeMessageHtml('<p style="position:fixed" onmouseover="x()">a</p>')).toBe('<p>a</p>');
  });
});
