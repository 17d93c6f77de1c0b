// A labelled form field with room for an error; the error is tied to the input for screen readers.
import { useId, type ReactElement, cloneElement } from 'react';

interface FieldProps {
  label: string;
  error?: string | null;
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
}

export function Field({ label, error, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? errorId : undefined,
      })}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** One line of feedback under a form: success (polite status) or a form-level error (alert). */
export function FormNote({ kind, text }: { kind: 'ok' | 'error'; text: string | null }) {
  if (!text) return null;
  return kind === 'ok' ? (
    <p role="status" className="form-note ok">
      {text}
    </p>
  ) : (
    <p role="alert" className="form-note error">
      {text}
    </p>
  );
}
