/** One setting as a group of native radio buttons: a fieldset, its legend, a label per choice. */
export function OptionsChoice<T extends string>({
  name,
  legend,
  choices,
  value,
  label,
  onChange,
}: {
  name: string;
  legend: string;
  choices: readonly T[];
  value: T;
  label: (choice: T) => string;
  onChange: (choice: T) => void;
}) {
  return (
    <fieldset class="ra-choice">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `ra-${name}-${choice}`;
        return (
          <div class="ra-choice-row" key={choice}>
            <input
              type="radio"
              id={id}
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            <label for={id}>{label(choice)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
