import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DOCUMENT_MAX_BYTES } from '../../../shared/documents';
import { fakeApi, renderSignedIn } from '../../test/render';
import { UploadArea } from './UploadArea';

/** A file of `size` bytes without allocating them: only `size` is read before sending. */
function fileOf(name: string, size: number): File {
  const file = new File(['x'], name, { type: 'application/pdf' });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

const drop = (files: File[]) => fireEvent.drop(screen.getByTestId('upload-area'), { dataTransfer: { files, types: ['Files'] } });

describe('the upload area', () => {
  it('sends dropped files in one go and shows the progress while they go', async () => {
    fakeApi({});
    let finish: () => void = () => undefined;
    const onUpload = vi.fn((_files: File[], onProgress: (fraction: number) => void) => {
      onProgress(0.4);
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    });
    renderSignedIn(<UploadArea onUpload={onUpload} />);
    await screen.findByRole('button', { name: 'Choose files' });
    drop([fileOf('Tilbud æøå.pdf', 1000), fileOf('b.txt', 10)]);
    await waitFor(() => expect(onUpload).toHaveBeenCalledTimes(1));
    expect(onUpload.mock.calls[0][0].map((f) => f.name)).toEqual(['Tilbud æøå.pdf', 'b.txt']);
    const bar = await screen.findByRole('progressbar', { name: 'Uploading' });
    expect(bar).toHaveAttribute('value', '0.4');
    expect(screen.getByRole('button', { name: 'Choose files' })).toBeDisabled();
    finish();
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
  });

  it('refuses a file over 25 MB before sending anything, naming it', async () => {
    fakeApi({});
    const onUpload = vi.fn(() => Promise.resolve());
    renderSignedIn(<UploadArea onUpload={onUpload} />);
    await screen.findByRole('button', { name: 'Choose files' });
    drop([fileOf('small.txt', 10), fileOf('huge.mov', DOCUMENT_MAX_BYTES + 1)]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Larger than 25 MB: huge.mov. Nothing was uploaded.');
    expect(onUpload).not.toHaveBeenCalled();
  });

  it('takes files picked with the button, and says so when the server refuses one as too large', async () => {
    fakeApi({});
    const { ApiError } = await import('../../api');
    const onUpload = vi.fn(() => Promise.reject(new ApiError(413, 'payload_too_large', 'A file is larger than 25 MB')));
    const { container } = renderSignedIn(<UploadArea onUpload={onUpload} />);
    await screen.findByRole('button', { name: 'Choose files' });
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    fireEvent.change(input as HTMLInputElement, { target: { files: [fileOf('a.pdf', 5)] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Files may be at most 25 MB each. Nothing was uploaded.');
    expect(onUpload).toHaveBeenCalledTimes(1);
  });
});
