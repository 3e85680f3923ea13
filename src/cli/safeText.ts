/**
 * Makes text from outside (file names, problem messages that quote them) safe to print on a
 * terminal: every control character (C0, DEL, C1, so ESC and newlines too) is shown as an escape
 * such as \x1b or \n, so a file name cannot clear the screen or forge a line of output.
 */
export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}
