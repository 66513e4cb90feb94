/** The id of a question's main control: the field, its label and the error summary's link agree on it. */
export function fieldIdOf(applicationUuid: string, key: string): string {
  return `kyc-${applicationUuid.slice(0, 8)}-${key}`;
}
