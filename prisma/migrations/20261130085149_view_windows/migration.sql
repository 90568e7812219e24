-- CreateTable
CREATE TABLE "view_windows" (
    "article_id" INTEGER NOT NULL,
    "client" VARCHAR(32) NOT NULL,
    "until" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "view_windows_pkey" PRIMARY KEY ("article_id","client")
);

-- CreateIndex
CREATE INDEX "view_windows_until_idx" ON "view_windows"("until");
