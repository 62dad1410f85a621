# Folio's production image: Next's standalone server, plus what it takes to
# apply migrations on start (`tsx scripts/db/migrate.ts`) and to seed the demo
# on request (`npx tsx scripts/db/seed-demo.ts`). See docker-compose.yml.

# Node >= 20.19 (package.json engines).
ARG NODE_VERSION=20
FROM node:${NODE_VERSION}-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false

# ── deps: every package (the runner migrates and seeds with tsx and the Prisma CLI)
FROM base AS deps
COPY package.json package-lock.json tsconfig.json prisma.config.ts ./
# Only what the postinstall (`tsx scripts/prisma.ts generate`) reads, so that a
# new migration or script does not reinstall every package.
COPY prisma/schema.prisma ./prisma/schema.prisma
COPY scripts/prisma.ts ./scripts/prisma.ts
# The client is engine-less (engineType "client") and the CLI runs the JS schema
# engine (prisma.config.ts), so @prisma/engines' postinstall need not download
# native engines; pointing these at any existing file skips the download (which
# fails silently where binaries.prisma.sh is unreachable). Set for this step only.
RUN --mount=type=cache,target=/root/.npm \
    PRISMA_QUERY_ENGINE_LIBRARY=/app/prisma/schema.prisma \
    PRISMA_SCHEMA_ENGINE_BINARY=/app/prisma/schema.prisma \
    npm ci --no-audit --no-fund \
 && test -d lib/generated/prisma

# ── build: `next build` needs no database
FROM base AS build
COPY . .
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/lib/generated ./lib/generated
# public/ may not exist yet; the runner copies it either way. The runner gets
# the full node_modules from deps, so the traced copy would only duplicate it.
RUN FOLIO_STANDALONE=1 npm run build \
 && mkdir -p public \
 && rm -rf .next/standalone/node_modules

# ── runner
FROM base AS runner
# Debian's Chromium and the CJK fonts: the server prints issue PDFs itself
# (lib/server/print/render-pdf.ts) from the print view, with the fonts installed here.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    CHROMIUM_PATH=/usr/bin/chromium
# Everything stays root-owned (read-only for the app) but what the app writes:
# .next/cache, .next/server and storage/ (uploaded media, a volume in docker-compose.yml).
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
COPY types ./types
# lib/ from the build stage: it carries lib/generated/prisma (the seed imports it).
COPY --from=build /app/lib ./lib
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
# Next writes its cache to .next/cache and regenerated (revalidated) pages to .next/server.
RUN mkdir -p .next/cache storage \
 && chown -R node:node .next/cache .next/server storage

USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Check the configuration (a clear message for a bad DATABASE_URL or a missing
# NEXTAUTH_SECRET), migrate, then replace the shell with the standalone server
# so that it receives SIGTERM itself.
CMD ["sh", "-c", "./node_modules/.bin/tsx scripts/check-config.ts && ./node_modules/.bin/tsx scripts/db/migrate.ts && exec node server.js"]
