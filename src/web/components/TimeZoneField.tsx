import { useMemo } from 'react';
import { timeZones } from '../format';
import { SelectField } from './Field';

/** A time zone picker; the current value is always among the choices. */
interface TimeZoneFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
}

export function TimeZoneField({ label, value, onChange, error, hint }: TimeZoneFieldProps) {
  const options = useMemo(() => {
    const zones = timeZones();
    const all = zones.includes(value) ? zones : [value, ...zones];
    return all.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
  }, [value]);
  return <SelectField label={label} value={value} onChange={onChange} options={options} error={error} hint={hint} />;
}
