import { useId, useState, type DragEvent } from 'react';

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.json,.jsonl,.yaml,.yml';

/** Files arrive by drag and drop or from the picker; the picker is the keyboard path. */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const inputId = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    onFiles([...event.dataTransfer.files]);
  };
  return (
    <div
      className={`dropzone${over ? ' dropzone-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="dropzone"
    >
      <p>Drop article files here, or</p>
      <label htmlFor={inputId} className="button-like">
        Choose files…
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        multiple
        accept={ACCEPT}
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <p className="muted small">
        Text, Markdown, HTML, JSON and JSON Lines; a manifest.yaml or manifest.json can name the sources.
      </p>
    </div>
  );
}
