/**
 * Helpers for field stories: questions shaped like the API's, and a wrapper that holds the answer
 * like the flow does (fields are controlled), so a story can be typed into.
 */
import { createElement, useState, type ComponentType } from 'react';
import type { Question } from '../../src/core/schemas';
import type { FieldProps } from '../../src/react/fields/fieldProps';

export function question(
  key: string,
  type: string,
  title: string,
  extra: { description?: string; is_required?: boolean } = {},
): Question {
  return {
    title,
    description: extra.description ?? null,
    is_required: extra.is_required ?? true,
    attribute: { key, type, value: null, is_editable: true },
  };
}

/** Renders `field` with its own answer state, starting from `value`, and reports changes. */
export function ControlledField<P extends Pick<FieldProps, 'value'> & { onValueChange: (value: never) => void }>(
  allProps: { field: ComponentType<P> } & NoInfer<P>,
) {
  const { field, ...rest } = allProps;
  const props = rest as unknown as P;
  const [value, setValue] = useState<P['value']>(props.value);
  const report = props.onValueChange as (next: P['value']) => void;
  const fieldProps = {
    ...props,
    value,
    onValueChange: (next: P['value']) => {
      setValue(next);
      report(next);
    },
  } as unknown as P;
  return createElement(field, fieldProps);
}

/** The story's one file input (a document side's), to pick files into as a customer would. */
export function fileInput(canvasElement: HTMLElement): HTMLInputElement {
  const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('No file input');
  return input;
}
