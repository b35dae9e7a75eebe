import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { connection } from "next/server";
import { siteUrl } from "@/lib/config/site-url";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Diplomatic event timeline", template: "%s · Diplomatic event timeline" },
  description: "Dated diplomatic events — calls, meetings, visits, sanctions, aid and warnings — drawn from news articles, each with the sentence it came from.",
  applicationName: "Diplomatic event timeline",
  openGraph: { siteName: "Diplomatic event timeline" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f3a5f" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the Content-Security-Policy (proxy.ts) carries a fresh nonce
  // that Next puts on its scripts, and a page prerendered at build time would have none.
  await connection();
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <Link href="/" className="brand">
              <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                <rect width="32" height="32" rx="6" fill="#fff" fillOpacity="0.14" />
                <path d="M6 22h20M9 22V12M16 22V8M23 22V14" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
              </svg>
              Diplomatic event timeline
            </Link>
          </div>
        </header>
        {/* React Query's provider wraps only the pages that fetch in the browser (the timeline and
            actor pages): event and article pages ship without it. */}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Events are extracted automatically from news articles and press releases; every event links to the sentences it was found in. Check the
            sources before relying on one.
          </p>
        </footer>
      </body>
    </html>
  );
}
