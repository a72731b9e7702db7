import { DateInput, type DateInputProps } from '@mantine/dates';

/** A date picked or typed as YYYY-MM-DD, the form the store keeps dates in. */
export function DateField(props: DateInputProps) {
  return <DateInput valueFormat="YYYY-MM-DD" {...props} />;
}
