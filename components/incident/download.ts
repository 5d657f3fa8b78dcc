/** Saves generated text as a file through an `<a download>` click: no permission, no network. */
export function saveTextFile(doc: Document, fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns: keep the URL a while (as FileSaver.js does).
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
