// The server's refusals as messages per form field: validation problems list their fields (errors[].field); a custom
// field's refusal names the field's key in its detail ("Custom field 'plan' expects ..."). What names no field is
// shown for the whole form. A missing required field ("Required custom fields 'plan', 'seats' need values ...") marks
// each field it names.
import { ApiProblem, messageOf } from '@/api/problem';

export interface FormErrors {
  /** By field: "subject", "description", "type", or "customFields.<key>". */
  fields: Record<string, string>;
  /** What belongs to no single field; null when every message found its field. */
  form: string | null;
}

const NAMED_FIELD = /custom field '([a-z][a-z0-9_]{0,63})'/i;
const SENTENCE_AFTER_FIELD = /^custom field '[^']+'\s*/i;
const QUOTED_KEY = /'([a-z][a-z0-9_]{0,63})'/g;
/** What a customer reads under a required field they left empty. */
export const REQUIRED_MESSAGE = 'Please fill this in: it is required.';

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function formErrorsOf(error: unknown): FormErrors {
  if (!(error instanceof ApiProblem)) {
    return { fields: {}, form: messageOf(error) };
  }
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const entry of error.fieldErrors) {
    if (entry.field && entry.message) {
      fields[entry.field] = sentence(entry.message);
    } else if (entry.message) {
      unplaced.push(entry.message);
    }
  }
  if (error.code === 'required-field-missing') {
    for (const match of error.message.matchAll(QUOTED_KEY)) {
      fields[`customFields.${match[1]}`] = REQUIRED_MESSAGE;
    }
  }
  const named = error.code === 'required-field-missing' ? null : NAMED_FIELD.exec(error.message);
  if (named && (error.code === 'invalid-custom-field-value' || error.code === 'customer-action-forbidden' || error.code === 'unknown-custom-field')) {
    fields[`customFields.${named[1]}`] = sentence(error.message.replace(SENTENCE_AFTER_FIELD, '').replace(/^expects/, 'Expects'));
  }
  const placed = Object.keys(fields).length > 0;
  return { fields, form: placed && unplaced.length === 0 ? null : unplaced.length > 0 ? unplaced.join(' ') : error.message };
}
