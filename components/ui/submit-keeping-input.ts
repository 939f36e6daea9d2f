// Console forms submit through this instead of <form action>: React resets a form after a form action, which
// puts checkboxes, radios and selects back to their first values after a failed save. Here nothing is reset.
import { startTransition, type FormEvent } from "react";

export function submitKeepingInput(event: FormEvent<HTMLFormElement>, action: (data: FormData) => void) {
  event.preventDefault();
  const submitter = (event.nativeEvent as SubmitEvent).submitter;
  const data = new FormData(event.currentTarget, submitter ?? undefined);
  startTransition(() => action(data));
}
