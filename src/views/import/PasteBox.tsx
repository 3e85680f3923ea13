import { useState } from 'react';

/** Pasted text becomes a .txt article; header lines such as "title:" and "source:" are honoured. */
export function PasteBox({ onAdd }: { onAdd: (name: string, text: string) => void }) {
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  return (
    <fieldset className="paste-box">
      <legend>Or paste an article</legend>
      <label className="mfield">
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="pasted-article" />
      </label>
      <label className="mfield">
        Text (optional first lines: title:, source:, date:, then a blank line)
        <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button
        type="button"
        disabled={text.trim() === ''}
        onClick={() => {
          onAdd(`${(name.trim() || 'pasted-article').replace(/[^\w.-]+/g, '-')}.txt`, text);
          setText('');
          setName('');
        }}
      >
        Add pasted text
      </button>
    </fieldset>
  );
}
