/**
 * Downloads as the components make them (import from 'cvp-test/downloads'): a Blob behind a blob: URL on
 * an <a download> link that is clicked. jsdom has no URL.createObjectURL and does not download on a
 * click, so `captureDownloads()` stands in for both and records, per click, the link's href and file
 * name, the Blob behind the href, and whether the URL was already revoked when the link was clicked.
 */
export function captureDownloads() {
    const blobs = new Map();
    const revoked = [];
    const downloads = [];
    const waiting = [];
    let created = 0;
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = jest.fn((blob) => {
        created += 1;
        const url = `blob:http://localhost/download-${created}`;
        blobs.set(url, blob);
        return url;
    });
    URL.revokeObjectURL = jest.fn((url) => {
        revoked.push(url);
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function record() {
        downloads.push({
            href: this.href,
            download: this.download,
            blob: blobs.get(this.href),
            revokedBeforeClick: revoked.includes(this.href),
            inDocument: this.isConnected
        });
        waiting.splice(0).forEach((resolve) => resolve(downloads[downloads.length - 1]));
    });
    return {
        downloads,
        revoked,
        /** Resolves with the next link clicked (writing a workbook is asynchronous). */
        nextClick: () => new Promise((resolve) => waiting.push(resolve)),
        restore() {
            click.mockRestore();
            URL.createObjectURL = saved.create;
            URL.revokeObjectURL = saved.revoke;
        }
    };
}

function read(blob, method) {
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result);
        reader.onerror = () => reject(reader.error);
        reader[method](blob);
    });
}

/** A Blob's text, byte-order mark included (FileReader's readAsText would drop it). */
export async function blobText(blob) {
    // jsdom has no TextDecoder; Node's Buffer keeps the byte-order mark as U+FEFF.
    return Buffer.from(await blobBytes(blob)).toString('utf8');
}

/** A Blob's bytes. */
export async function blobBytes(blob) {
    return new Uint8Array(await read(blob, 'readAsArrayBuffer'));
}
