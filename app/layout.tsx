import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { connection } from "next/server";
import { siteUrl } from "@/lib/config/site-url";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Diplomatic event timeline", template: "%s · Diplomatic event timeline" },
  description: "Dated diplomatic events — calls, meetings, visits, sanctions, aid and warnings — drawn from news articles, each with the sentence it came from.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the Content-Security-Policy (proxy.ts) carries a fresh nonce
  // that Next puts on its scripts, and a page prerendered at build time would have none.
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Diplomatic event timeline
          </Link>
        </header>
        <Providers>
          <main id="main">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
