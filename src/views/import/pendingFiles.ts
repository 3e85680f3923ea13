/** A file waiting to be imported; `renamedFrom` keeps the name it came with when that was taken. */
export type PendingFile = { file: File; renamedFrom: string | null };

/** `name`, or `stem-2.ext`, `stem-3.ext`, … : the first not in `taken`. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let n = 2;
  while (taken.has(`${stem}-${n}${ext}`)) n += 1;
  return `${stem}-${n}${ext}`;
}

/**
 * Adds files to the list without any replacing another: two pastes both called "pasted-article"
 * or two files named alike from different folders are both kept, the later one renamed (and shown
 * so), since the name becomes the article's file name in the corpus.
 */
export function addPending(current: readonly PendingFile[], more: readonly File[]): PendingFile[] {
  const taken = new Set(current.map((p) => p.file.name));
  const added = more.map((file) => {
    const name = uniqueName(file.name, taken);
    taken.add(name);
    if (name === file.name) return { file, renamedFrom: null };
    return {
      file: new File([file], name, { type: file.type, lastModified: file.lastModified }),
      renamedFrom: file.name,
    };
  });
  return [...current, ...added];
}
