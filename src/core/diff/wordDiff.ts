import DiffMatchPatch from 'diff-match-patch';

export type WordOp = { op: 'same' | 'del' | 'ins'; text: string };

/** Words, runs of spaces and single punctuation marks: the units a reader sees change. */
const TOKEN = /\s+|[\p{L}\p{N}’'-]+|[^\s\p{L}\p{N}]/gu;
const WORD = /^[\p{L}\p{N}]/u;

type Unit = { key: string; text: string };

/**
 * Strict mode compares every token. Loose mode compares words only, case-folded: spaces and
 * punctuation ride along with the word before them, so they are shown but never count as changes.
 */
function units(text: string, loose: boolean): Unit[] {
  const list = text.match(TOKEN) ?? [];
  if (!loose) return list.map((t) => ({ key: t, text: t }));
  const out: Unit[] = [];
  let pending = '';
  for (const token of list) {
    if (WORD.test(token)) {
      out.push({ key: token.toLowerCase().replace(/’/g, "'"), text: pending + token });
      pending = '';
    } else if (out.length > 0) out[out.length - 1]!.text += token;
    else pending += token;
  }
  if (pending && out.length === 0) out.push({ key: '', text: pending });
  return out;
}

/**
 * Word-level diff of two sentences with diff-match-patch: each distinct unit becomes one
 * character (its line-mode trick applied to words), so the diff runs over words and semantic
 * cleanup merges small edits into phrases a reader can take in.
 */
export function wordDiff(a: string, b: string, loose = false): WordOp[] {
  const codes = new Map<string, string>();
  const encode = (list: Unit[]) =>
    list
      .map((u) => {
        let code = codes.get(u.key);
        if (code === undefined) {
          code = String.fromCharCode(0x100 + codes.size);
          codes.set(u.key, code);
        }
        return code;
      })
      .join('');
  const left = units(a, loose);
  const right = units(b, loose);
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0.2;
  const diffs = dmp.diff_main(encode(left), encode(right), false);
  dmp.diff_cleanupSemantic(diffs);
  const ops: WordOp[] = [];
  let i = 0;
  let j = 0;
  for (const [op, chars] of diffs) {
    const n = chars.length;
    // Unchanged runs and deletions are shown in A's words, insertions in B's.
    const text = (op === 1 ? right.slice(j, j + n) : left.slice(i, i + n)).map((u) => u.text).join('');
    if (op !== 1) i += n;
    if (op !== -1) j += n;
    const kind = op === 0 ? 'same' : op === -1 ? 'del' : 'ins';
    const last = ops[ops.length - 1];
    if (last && last.op === kind) last.text += text;
    else ops.push({ op: kind, text });
  }
  return ops;
}

/** Share of the two sentences' characters that are unchanged, for "82% the same" labels. */
export function sameShare(ops: readonly WordOp[]): number {
  const total = ops.reduce((s, o) => s + o.text.length, 0);
  const same = ops.filter((o) => o.op === 'same').reduce((s, o) => s + o.text.length, 0);
  return total === 0 ? 1 : same / total;
}
