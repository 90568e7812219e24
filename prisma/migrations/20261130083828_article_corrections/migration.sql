-- CreateEnum
CREATE TYPE "CorrectionKind" AS ENUM ('CORRECTION', 'REBUTTAL');

-- CreateTable
CREATE TABLE "article_corrections" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "kind" "CorrectionKind" NOT NULL,
    "text" VARCHAR(1000) NOT NULL,
    "editor_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_corrections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "article_corrections_article_id_created_at_idx" ON "article_corrections"("article_id", "created_at");

-- AddForeignKey
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
