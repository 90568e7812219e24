-- CreateIndex
CREATE INDEX "articles_status_edited_at_idx" ON "articles"("status", "edited_at" DESC);
