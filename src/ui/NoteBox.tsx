import { useId, useState } from 'react';

type Props = {
  saved: string;
  onSave: (text: string) => void;
  /** Said to a screen reader after "Note" when a view lists several findings, each with its own box. */
  subject?: string;
};

/** The analyst's note on one finding, saved when it loses focus or with its button, never on each key. */
export function NoteBox({ saved, onSave, subject }: Props) {
  const id = useId();
  const [text, setText] = useState(saved);
  const commit = () => {
    if (text !== saved) onSave(text);
  };
  return (
    <div className="review-note">
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        aria-label={subject && `Note on ${subject}`}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
      />
      <button
        type="button"
        aria-label={subject && `Save note on ${subject}`}
        onClick={commit}
        disabled={text === saved}
      >
        Save note
      </button>
    </div>
  );
}
