CREATE TABLE `cache_tag_revalidations` (
	`tag` text PRIMARY KEY NOT NULL,
	`stale_at` integer,
	`expired_at` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cache_tag_revalidations_updated_idx` ON `cache_tag_revalidations` (`updated_at`);--> statement-breakpoint
CREATE TABLE `write_marks` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL
);
