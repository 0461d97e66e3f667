import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MessageAttachments } from './MessageAttachments';

const SIGNED = '?expires=1796680000&signature=abc';

describe('MessageAttachments', () => {
  it('shows a picture as a thumbnail that opens the full image in a new tab', () => {
    render(<MessageAttachments attachments={[{ id: 'f-1', name: 'screenshot.png', size: 48 * 1024, contentType: 'image/png', inline: true, url: `/api/v1/files/f-1/screenshot.png${SIGNED}` }]} />);

    const image = screen.getByRole('img', { name: 'screenshot.png' });
    expect(image).toHaveAttribute('src', `/api/v1/files/f-1/screenshot.png${SIGNED}`);
    const link = screen.getByRole('link', { name: /screenshot\.png/ });
    expect(link).toHaveAttribute('href', `/api/v1/files/f-1/screenshot.png${SIGNED}`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAccessibleName(/opens in a new tab/);
    expect(screen.queryByRole('link', { name: /Download/ })).not.toBeInTheDocument();
  });

  it('shows any other file as a card with its type, name, size and a download link', () => {
    render(
      <MessageAttachments
        attachments={[
          { id: 'f-2', name: 'logs.zip', size: 2.3 * 1024 * 1024, contentType: 'application/zip', inline: false, url: `/api/v1/files/f-2/logs.zip${SIGNED}` },
          { id: 'f-3', name: 'photo.svg', size: 900, contentType: 'image/svg+xml', inline: false, url: `/api/v1/files/f-3/photo.svg${SIGNED}` },
        ]}
      />,
    );

    const [zip, svg] = within(screen.getByRole('list', { name: 'Attachments' })).getAllByRole('listitem');
    expect(zip).toHaveTextContent('ZIP');
    expect(zip).toHaveTextContent('logs.zip');
    expect(zip).toHaveTextContent('2.3 MB');
    const download = within(zip as HTMLElement).getByRole('link', { name: 'Download logs.zip' });
    expect(download).toHaveAttribute('href', `/api/v1/files/f-2/logs.zip${SIGNED}`);
    expect(download).toHaveAttribute('download', 'logs.zip');
    // Only the kinds a browser shows safely become pictures; an SVG is a file to download.
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(within(svg as HTMLElement).getByRole('link', { name: 'Download photo.svg' })).toBeInTheDocument();
  });

  it('lets a file the browser can show (a PDF) also be opened in a new tab', () => {
    render(<MessageAttachments attachments={[{ id: 'f-4', name: 'invoice.pdf', size: 2048, contentType: 'application/pdf', inline: true, url: `/api/v1/files/f-4/invoice.pdf${SIGNED}` }]} />);
    expect(screen.getByRole('link', { name: 'invoice.pdf' })).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'Download invoice.pdf' })).toHaveTextContent('Download');
  });

  it('follows only links of this site or the web, and shows nothing for a message without files', () => {
    const { container, rerender } = render(<MessageAttachments attachments={[{ id: 'f-5', name: 'x.png', contentType: 'image/png', url: 'javascript:alert(1)' }]} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<MessageAttachments attachments={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
