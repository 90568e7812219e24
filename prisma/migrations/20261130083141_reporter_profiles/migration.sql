-- DropIndex
DROP INDEX "articles_author_id_status_idx";

-- CreateTable
CREATE TABLE "reporter_profiles" (
    "user_id" INTEGER NOT NULL,
    "email" VARCHAR(254),
    "bio" VARCHAR(500) NOT NULL DEFAULT '',
    "photo_id" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reporter_profiles_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "articles_author_id_status_published_at_id_idx" ON "articles"("author_id", "status", "published_at" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "reporter_profiles" ADD CONSTRAINT "reporter_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporter_profiles" ADD CONSTRAINT "reporter_profiles_photo_id_fkey" FOREIGN KEY ("photo_id") REFERENCES "images"("id") ON DELETE SET NULL ON UPDATE CASCADE;
