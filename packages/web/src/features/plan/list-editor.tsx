// Editing one list of the plan: rows the person can type in, move up or down, remove, and add
// to. Used by the guided first run and by "Edit" on the overview. Every control has a label that
// says which row it acts on; removing a row says so in a status message and moves focus on.
import type { MessageKey } from '@onward/content';
import { moveItem, type PlanEntry, type PlanPerson, type PlanService } from '@onward/core';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { canPickContacts, pickContact } from './contact-picker.ts';
import { PHONE_PROBLEM_COPY, type PhoneErrors } from './phone-errors.ts';
import { newId } from './plan-records.ts';

type ItemLabel = (n: number) => string;

/** Moves focus to an element by id once it exists (after the render that adds it). */
function useFocusLater(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target === null) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}

/** Shared list mechanics: move, remove (announced, focus moved on), add (focused). */
function useListOps<T extends { id: string }>(
  prefix: string,
  items: readonly T[],
  onChange: (items: T[]) => void,
  firstField: string,
) {
  const focusLater = useFocusLater();
  const [status, setStatus] = useState('');
  const fieldId = (item: T, field = firstField) => `${prefix}-${item.id}-${field}`;
  return {
    status,
    fieldId,
    move(index: number, by: -1 | 1) {
      const moved = moveItem(items, index, by);
      onChange(moved);
      const item = items[index];
      if (item) {
        // Focus follows the row, on the same control when it still exists.
        const to = index + by;
        // At either end the button just pressed is gone, so focus the opposite one.
        const control =
          by === -1 ? (to === 0 ? 'down' : 'up') : to === items.length - 1 ? 'up' : 'down';
        focusLater(`${prefix}-${item.id}-${control}`);
      }
      setStatus('');
    },
    remove(index: number) {
      const next = items.filter((_, i) => i !== index);
      onChange(next);
      const neighbour = next[index] ?? next[index - 1];
      focusLater(neighbour ? fieldId(neighbour) : `${prefix}-add`);
      setStatus(t('plan.item.removed'));
    },
    add(item: T) {
      onChange([...items, item]);
      focusLater(fieldId(item));
      setStatus('');
    },
  };
}

function Status({ text }: { text: string }) {
  return (
    <p class="status" role="status">
      {text}
    </p>
  );
}

function PhoneError({
  id,
  problem,
}: {
  id: string;
  problem: keyof typeof PHONE_PROBLEM_COPY | undefined;
}) {
  if (!problem) return null;
  return (
    <p class="field-error" id={id}>
      {t(PHONE_PROBLEM_COPY[problem])}
    </p>
  );
}

/** Steps 1, 2, 6 and reasons for living: lines of the person's own words. */
export function EntriesEditor(props: {
  prefix: string;
  items: readonly PlanEntry[];
  onChange: (items: PlanEntry[]) => void;
  itemLabel: ItemLabel;
  placeholder: string;
}) {
  const { prefix, items, itemLabel } = props;
  const ops = useListOps(prefix, items, props.onChange, 'text');
  return (
    <div class="plan-editor">
      <ol class="plan-rows">
        {items.map((item, index) => {
          const label = itemLabel(index + 1);
          const id = ops.fieldId(item);
          return (
            <li key={item.id} class="plan-row">
              <label for={id}>{label}</label>
              <textarea
                id={id}
                class="input"
                rows={2}
                value={item.text}
                placeholder={index === 0 ? props.placeholder : undefined}
                onInput={(e) =>
                  props.onChange(
                    items.map((x) =>
                      x.id === item.id
                        ? { ...x, text: (e.currentTarget as HTMLTextAreaElement).value }
                        : x,
                    ),
                  )
                }
              />
              <RowButtons
                prefix={prefix}
                id={item.id}
                index={index}
                count={items.length}
                label={label}
                onMove={(by) => ops.move(index, by)}
                onRemove={() => ops.remove(index)}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={`${prefix}-add`}
        class="button button-secondary"
        onClick={() => ops.add({ id: newId(), text: '' })}
      >
        {t('plan.item.add')}
      </button>
      <Status text={ops.status} />
    </div>
  );
}

/** Row buttons with stable ids, so focus can follow a row when it moves. */
function RowButtons(props: {
  prefix: string;
  id: string;
  index: number;
  count: number;
  label: string;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const base = `${props.prefix}-${props.id}`;
  return (
    <div class="plan-row-actions">
      {props.index > 0 ? (
        <button
          type="button"
          id={`${base}-up`}
          class="button button-quiet"
          aria-label={t('plan.item.moveUpLabel', { item: props.label })}
          onClick={() => props.onMove(-1)}
        >
          {t('plan.item.moveUp')}
        </button>
      ) : null}
      {props.index < props.count - 1 ? (
        <button
          type="button"
          id={`${base}-down`}
          class="button button-quiet"
          aria-label={t('plan.item.moveDownLabel', { item: props.label })}
          onClick={() => props.onMove(1)}
        >
          {t('plan.item.moveDown')}
        </button>
      ) : null}
      <button
        type="button"
        id={`${base}-remove`}
        class="button button-quiet"
        aria-label={t('plan.item.removeLabel', { item: props.label })}
        onClick={props.onRemove}
      >
        {t('plan.item.remove')}
      </button>
    </div>
  );
}

export interface ContactFields {
  name: MessageKey;
  phone: MessageKey;
  address?: MessageKey;
}

type Row = PlanPerson | PlanService;

/**
 * People and places (steps 3 and 4), and the clinicians and urgent care of step 5: a name, a
 * phone (checked kindly) and, for urgent care, where it is.
 */
export function ContactsEditor<T extends Row>(props: {
  prefix: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  itemLabel: ItemLabel;
  fields: { name: string; phone: string; address?: string };
  placeholder: string;
  errors: PhoneErrors;
  make: (fields: { name: string; phone: string }) => T;
  /** Offer the device's contacts (people, clinicians), where the browser has them. */
  picker?: boolean;
}) {
  const { prefix, items, itemLabel, fields, errors } = props;
  const ops = useListOps(prefix, items, props.onChange, 'name');
  const [pickStatus, setPickStatus] = useState('');
  const update = (id: string, patch: Partial<Row>) =>
    props.onChange(items.map((x) => (x.id === id ? { ...x, ...patch } : x)));
  const pick = async () => {
    const picked = await pickContact();
    if (!picked.ok) {
      if (picked.reason === 'no-number' && picked.detail) {
        ops.add(props.make({ name: picked.detail, phone: '' }));
        setPickStatus(t('plan.pickNoNumber'));
      } else setPickStatus(t('plan.pickFailed'));
      return;
    }
    if (picked.value) ops.add(props.make(picked.value));
    setPickStatus('');
  };
  return (
    <div class="plan-editor">
      <ol class="plan-rows">
        {items.map((item, index) => {
          const label = itemLabel(index + 1);
          const nameId = ops.fieldId(item, 'name');
          const phoneId = ops.fieldId(item, 'phone');
          const addressId = ops.fieldId(item, 'address');
          const problem = errors.get(item.id);
          const errorId = `${phoneId}-error`;
          return (
            <li key={item.id} class="plan-row">
              <fieldset>
                <legend>{label}</legend>
                <label for={nameId}>{fields.name}</label>
                <input
                  id={nameId}
                  class="input"
                  type="text"
                  autocomplete="off"
                  value={item.name}
                  placeholder={index === 0 ? props.placeholder : undefined}
                  onInput={(e) =>
                    update(item.id, { name: (e.currentTarget as HTMLInputElement).value })
                  }
                />
                {fields.address !== undefined ? (
                  <>
                    <label for={addressId}>{fields.address}</label>
                    <input
                      id={addressId}
                      class="input"
                      type="text"
                      autocomplete="off"
                      value={'address' in item ? (item.address ?? '') : ''}
                      onInput={(e) =>
                        update(item.id, { address: (e.currentTarget as HTMLInputElement).value })
                      }
                    />
                  </>
                ) : null}
                <label for={phoneId}>{fields.phone}</label>
                <input
                  id={phoneId}
                  class="input input-phone"
                  type="tel"
                  inputMode="tel"
                  autocomplete="off"
                  value={item.phone}
                  aria-invalid={problem ? 'true' : undefined}
                  aria-describedby={problem ? errorId : undefined}
                  onInput={(e) =>
                    update(item.id, { phone: (e.currentTarget as HTMLInputElement).value })
                  }
                />
                <PhoneError id={errorId} problem={problem} />
              </fieldset>
              <RowButtons
                prefix={prefix}
                id={item.id}
                index={index}
                count={items.length}
                label={item.name.trim() || label}
                onMove={(by) => ops.move(index, by)}
                onRemove={() => ops.remove(index)}
              />
            </li>
          );
        })}
      </ol>
      <div class="plan-add-row">
        <button
          type="button"
          id={`${prefix}-add`}
          class="button button-secondary"
          onClick={() => ops.add(props.make({ name: '', phone: '' }))}
        >
          {t('plan.item.add')}
        </button>
        {props.picker && canPickContacts() ? (
          <button type="button" class="button button-secondary" onClick={() => void pick()}>
            {t('plan.pick')}
          </button>
        ) : null}
      </div>
      <Status text={ops.status || pickStatus} />
    </div>
  );
}
