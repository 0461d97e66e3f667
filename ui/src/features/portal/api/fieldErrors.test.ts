import { describe, expect, it } from 'vitest';
import { ApiProblem } from '@/api/problem';
import { formErrorsOf, REQUIRED_MESSAGE } from './fieldErrors';

describe('formErrorsOf', () => {
  it('places validation errors on the fields they name', () => {
    const errors = formErrorsOf(new ApiProblem(400, { code: 'validation-failed', detail: 'The request is invalid.', errors: [{ field: 'subject', message: 'must not be blank' }] }));
    expect(errors).toEqual({ fields: { subject: 'Must not be blank' }, form: null });
  });

  it("places a custom field's refusal on that field", () => {
    const errors = formErrorsOf(new ApiProblem(422, { code: 'invalid-custom-field-value', detail: "Custom field 'order_number' expects a value matching its pattern." }));
    expect(errors).toEqual({ fields: { 'customFields.order_number': 'Expects a value matching its pattern.' }, form: null });
  });

  it('marks every required field a refusal names', () => {
    const errors = formErrorsOf(new ApiProblem(422, { code: 'required-field-missing', detail: "Required custom fields 'plan', 'order_number' need values to open a ticket." }));
    expect(errors).toEqual({ fields: { 'customFields.plan': REQUIRED_MESSAGE, 'customFields.order_number': REQUIRED_MESSAGE }, form: null });
  });

  it('keeps for the whole form what names no field', () => {
    expect(formErrorsOf(new ApiProblem(429, { code: 'rate-limited', detail: 'Too many requests.' }))).toEqual({ fields: {}, form: 'Too many requests.' });
    expect(formErrorsOf(new TypeError('Failed to fetch')).form).toBe('AutoCRM cannot be reached; check your connection.');
  });
});
