CREATE TABLE `evidence_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status_update_id` integer NOT NULL,
	`name` text NOT NULL,
	`content_type` text NOT NULL,
	`byte_length` integer NOT NULL,
	`sha256` text NOT NULL,
	`body` blob NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`status_update_id`) REFERENCES `status_updates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_files_update_idx` ON `evidence_files` (`status_update_id`);--> statement-breakpoint
CREATE TABLE `link_archives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`final_url` text,
	`http_status` integer,
	`content_type` text,
	`fetched_at` text,
	`byte_length` integer,
	`truncated` integer DEFAULT false NOT NULL,
	`sha256` text,
	`body` blob,
	`failure` text,
	`failure_detail` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text,
	`checked_at` text,
	`dead_since` text,
	`check_failure` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `link_archives_url_unique` ON `link_archives` (`url`);--> statement-breakpoint
CREATE INDEX `link_archives_due_idx` ON `link_archives` (`next_attempt_at`);