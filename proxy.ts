// Next.js request proxy (formerly middleware): gives every HTML page a Content-Security-Policy
// with a fresh nonce. Next reads the nonce from the request's CSP header and puts it on its own
// scripts and styles, so pages must render per request (app/layout.tsx awaits connection()).
// API routes, static files and images are not matched: their headers are static
// (next.config.js), and matching /api would make Next buffer request bodies for the proxy.
import { NextResponse, type NextRequest } from "next/server";
import { createNonce, pageCsp } from "@/lib/http/content-security-policy";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static/|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
