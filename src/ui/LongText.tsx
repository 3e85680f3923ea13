import { useEffect, useRef, useState } from 'react';
import { cutText, DISPLAY_LIMIT } from '../core/text/cutText';

const number = new Intl.NumberFormat('en-US');

/** The whole of a long text in a modal dialog wide enough to read it; Escape or the button closes it. */
function FullText({ text, label, onClose }: { text: string; label: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    // jsdom has no showModal; the open attribute shows the same content there.
    if (typeof node.showModal === 'function') node.showModal();
    else node.setAttribute('open', '');
  }, []);
  return (
    <dialog ref={dialog} className="long-text-dialog" aria-label={`${label} in full`} onClose={onClose}>
      <p className="muted small">
        {label}: {number.format(text.length)} characters
      </p>
      <div className="long-text-full" tabIndex={0}>
        {text}
      </div>
      <button
        type="button"
        onClick={() => {
          dialog.current?.close?.();
          onClose();
        }}
        autoFocus
      >
        Close
      </button>
    </dialog>
  );
}

/**
 * A name, title or label as it should be shown: whole when short; cut with an ellipsis when longer
 * than `max`, its first part in the tooltip and the whole of it behind a "full text" button.
 */
export function LongText({ text, label, max = DISPLAY_LIMIT }: { text: string; label: string; max?: number }) {
  const [open, setOpen] = useState(false);
  if (text.length <= max) return <>{text}</>;
  return (
    <>
      <span title={cutText(text, 2000)}>{cutText(text, max)}</span>{' '}
      <button
        type="button"
        className="long-text-more"
        onClick={(event) => {
          // Inside a grid cell or a header whose own click does something else.
          event.stopPropagation();
          setOpen(true);
        }}
        onKeyDown={(event) => event.stopPropagation()}
        aria-label={`Show the full ${label.toLowerCase()} (${number.format(text.length)} characters)`}
      >
        full text
      </button>
      {open && <FullText text={text} label={label} onClose={() => setOpen(false)} />}
    </>
  );
}
