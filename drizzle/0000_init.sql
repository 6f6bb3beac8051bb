CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`details` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_events_created_idx` ON `audit_events` (`created_at`);--> statement-breakpoint
CREATE INDEX `audit_events_entity_idx` ON `audit_events` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `commitment_countries` (
	`commitment_id` integer NOT NULL,
	`country_code` text NOT NULL,
	PRIMARY KEY(`commitment_id`, `country_code`),
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitment_countries_country_idx` ON `commitment_countries` (`country_code`,`commitment_id`);--> statement-breakpoint
CREATE TABLE `commitments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`category` text NOT NULL,
	`kind` text NOT NULL,
	`owner` text NOT NULL,
	`announced_on` text NOT NULL,
	`source_id` integer NOT NULL,
	`featured` integer DEFAULT false NOT NULL,
	`quote` text NOT NULL,
	`deadline_text` text,
	`deadline_on` text,
	`deadline_interpreted` integer DEFAULT false NOT NULL,
	`deadline_note` text,
	`metric_id` integer,
	`direction` text,
	`baseline_value` real,
	`baseline_on` text,
	`baseline_note` text,
	`target_value` real,
	`target_note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`current_verdict` text DEFAULT 'not-started' NOT NULL,
	`current_stage` text,
	`last_update_on` text,
	`effective_deadline_on` text,
	`progress_share` real,
	`trajectory_status` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commitments_slug_unique` ON `commitments` (`slug`);--> statement-breakpoint
CREATE INDEX `commitments_category_idx` ON `commitments` (`category`,`effective_deadline_on`);--> statement-breakpoint
CREATE INDEX `commitments_kind_idx` ON `commitments` (`kind`,`effective_deadline_on`);--> statement-breakpoint
CREATE INDEX `commitments_verdict_idx` ON `commitments` (`current_verdict`,`effective_deadline_on`);--> statement-breakpoint
CREATE INDEX `commitments_deadline_idx` ON `commitments` (`effective_deadline_on`);--> statement-breakpoint
CREATE INDEX `commitments_progress_idx` ON `commitments` (`progress_share`);--> statement-breakpoint
CREATE INDEX `commitments_source_idx` ON `commitments` (`source_id`);--> statement-breakpoint
CREATE INDEX `commitments_metric_idx` ON `commitments` (`metric_id`);--> statement-breakpoint
CREATE TABLE `evidence_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status_update_id` integer NOT NULL,
	`url` text NOT NULL,
	`title` text NOT NULL,
	FOREIGN KEY (`status_update_id`) REFERENCES `status_updates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_links_update_idx` ON `evidence_links` (`status_update_id`);--> statement-breakpoint
CREATE TABLE `metrics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`description` text,
	`related_commitment_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`related_commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `metrics_slug_unique` ON `metrics` (`slug`);--> statement-breakpoint
CREATE TABLE `observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`metric_id` integer NOT NULL,
	`period` text NOT NULL,
	`period_end` text NOT NULL,
	`value` real NOT NULL,
	`qualifier` text DEFAULT 'exact' NOT NULL,
	`source_id` integer NOT NULL,
	`note` text,
	`derived` integer DEFAULT false NOT NULL,
	`preferred` integer DEFAULT false NOT NULL,
	`author_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `observations_metric_period_idx` ON `observations` (`metric_id`,`period_end`);--> statement-breakpoint
CREATE UNIQUE INDEX `observations_one_preferred_idx` ON `observations` (`metric_id`,`period`) WHERE "observations"."preferred" = 1;--> statement-breakpoint
CREATE INDEX `observations_source_idx` ON `observations` (`source_id`);--> statement-breakpoint
CREATE TABLE `sign_in_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`address` text NOT NULL,
	`success` integer NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_attempts_email_idx` ON `sign_in_attempts` (`email`,`at`);--> statement-breakpoint
CREATE INDEX `sign_in_attempts_address_idx` ON `sign_in_attempts` (`address`,`at`);--> statement-breakpoint
CREATE TABLE `snapshot_runs` (
	`slot` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`lease_expires_at` text NOT NULL,
	`snapshot_id` integer,
	`finished_at` text,
	`error` text,
	FOREIGN KEY (`snapshot_id`) REFERENCES `snapshots`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`locale` text DEFAULT 'en' NOT NULL,
	`trigger` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`summary` text NOT NULL,
	`pdf` blob NOT NULL
);
--> statement-breakpoint
CREATE INDEX `snapshots_created_idx` ON `snapshots` (`created_at`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`published_on` text NOT NULL,
	`place` text,
	`url` text,
	`kind` text NOT NULL,
	`description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_slug_unique` ON `sources` (`slug`);--> statement-breakpoint
CREATE TABLE `status_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commitment_id` integer NOT NULL,
	`as_of` text NOT NULL,
	`verdict` text NOT NULL,
	`stage` text,
	`value` real,
	`note` text DEFAULT '' NOT NULL,
	`source_id` integer,
	`corrects_id` integer,
	`author_id` integer,
	`author_name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`corrects_id`) REFERENCES `status_updates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `status_updates_commitment_idx` ON `status_updates` (`commitment_id`,`as_of`,`id`);--> statement-breakpoint
CREATE INDEX `status_updates_as_of_idx` ON `status_updates` (`as_of`,`created_at`);--> statement-breakpoint
CREATE INDEX `status_updates_corrects_idx` ON `status_updates` (`corrects_id`);--> statement-breakpoint
CREATE INDEX `status_updates_source_idx` ON `status_updates` (`source_id`);--> statement-breakpoint
CREATE TABLE `target_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commitment_id` integer NOT NULL,
	`revised_on` text NOT NULL,
	`new_target_value` real,
	`new_deadline_on` text,
	`new_deadline_text` text,
	`source_id` integer NOT NULL,
	`note` text,
	`author_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `target_revisions_commitment_idx` ON `target_revisions` (`commitment_id`,`revised_on`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);