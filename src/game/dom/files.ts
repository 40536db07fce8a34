/**
 * Files in and out of the browser, for the Saves screen: a download of the exported saves and a
 * file picker for an import; and the route link copied to the clipboard as a whole address.
 */
import type { FilePort } from '../save-slots';

export function browserFiles(doc: Document): FilePort {
  return {
    download(name, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      doc.body.append(link);
      link.click();
      link.remove();
      // The browser has started the download by now; the address is no longer needed.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    pickText() {
      return new Promise((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = 'application/json,.json';
        input.hidden = true;
        doc.body.append(input);
        const done = (text: string | null) => {
          input.remove();
          resolve(text);
        };
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return done(null);
          file.text().then(done, () => done(null));
        });
        input.addEventListener('cancel', () => done(null));
        input.click();
      });
    },
  };
}

/** The game's address with this hash, copied; false when the browser refuses. */
export async function copyAddress(win: Window, hash: string): Promise<boolean> {
  const { origin, pathname, search } = win.location;
  const address = `${origin}${pathname}${search}${hash}`;
  try {
    await win.navigator.clipboard.writeText(address);
    return true;
  } catch {
    return false;
  }
}
