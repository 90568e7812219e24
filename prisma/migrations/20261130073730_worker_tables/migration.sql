-- CreateTable
CREATE TABLE "article_view_events" (
    "id" BIGSERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "request_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_view_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sitemap_chunks" (
    "chunk" INTEGER NOT NULL,
    "lastmod" TIMESTAMPTZ(3) NOT NULL,
    "articles" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sitemap_chunks_pkey" PRIMARY KEY ("chunk")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_view_events_request_id_key" ON "article_view_events"("request_id");
