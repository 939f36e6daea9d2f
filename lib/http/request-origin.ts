// The origin (scheme://host[:port]) the browser used for this request, so absolute URLs we must build (the OAuth
// redirect URI of Authorize) keep the admin's host. X-Forwarded-Host/Proto count only behind TRUST_PROXY=1.
import { headers } from "next/headers";
import { originFromHeaders } from "./origin-from-headers";

export async function requestOrigin(): Promise<string | null> {
  return originFromHeaders(await headers(), process.env.TRUST_PROXY === "1");
}
