import { Alert } from "@/components/ui/alert";

export function NotBuiltYet({ what }: { what: string }) {
  return (
    <Alert tone="info">
      <strong>Not built yet.</strong> {what}
    </Alert>
  );
}
