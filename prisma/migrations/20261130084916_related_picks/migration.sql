-- CreateTable
CREATE TABLE "article_related_picks" (
    "article_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "related_id" INTEGER NOT NULL,

    CONSTRAINT "article_related_picks_pkey" PRIMARY KEY ("article_id","position")
);

-- CreateIndex
CREATE INDEX "article_related_picks_related_id_idx" ON "article_related_picks"("related_id");

-- CreateIndex
CREATE UNIQUE INDEX "article_related_picks_article_id_related_id_key" ON "article_related_picks"("article_id", "related_id");

-- AddForeignKey
ALTER TABLE "article_related_picks" ADD CONSTRAINT "article_related_picks_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_related_picks" ADD CONSTRAINT "article_related_picks_related_id_fkey" FOREIGN KEY ("related_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
