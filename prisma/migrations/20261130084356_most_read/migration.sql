-- CreateTable
CREATE TABLE "most_read_articles" (
    "period" VARCHAR(8) NOT NULL,
    "rank" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "views" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "most_read_articles_pkey" PRIMARY KEY ("period","rank")
);

-- CreateIndex
CREATE INDEX "most_read_articles_article_id_idx" ON "most_read_articles"("article_id");
