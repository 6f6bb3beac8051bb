-- Migration 0004: verdicts a careful analyst would sign (issue 12).
--
-- Reinterpreted, not rewritten: `status_updates.stage` NULL used to be read as "no stage",
-- which erased the stage in force when an editor left Stage at "Unchanged". From this
-- migration on it means "not stated": the stage in force is the one of the newest entry
-- that states one. No row changes; the cached columns of `commitments` are recomputed at the
-- next start (computed_on is NULL for every row), and every old entry reads as it did,
-- except that it no longer clears the stage. `status_updates.value` of older entries was
-- never used by the computation; it stays, shown as a noted value. `sources.publisher` may
-- now be NULL ("not recorded"); existing publishers are kept as they are.
CREATE TABLE `planned_dates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commitment_id` integer NOT NULL,
	`stated_on` text NOT NULL,
	`planned_on` text NOT NULL,
	`planned_text` text,
	`source_id` integer NOT NULL,
	`note` text,
	`author_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `planned_dates_commitment_idx` ON `planned_dates` (`commitment_id`,`stated_on`);--> statement-breakpoint
ALTER TABLE `sources` ALTER COLUMN "publisher" TO "publisher" text;--> statement-breakpoint
ALTER TABLE `commitments` ADD `baseline_period` text;--> statement-breakpoint
ALTER TABLE `commitments` ADD `target_multiple` real;--> statement-breakpoint
ALTER TABLE `commitments` ADD `target_in_force` real;--> statement-breakpoint
ALTER TABLE `commitments` ADD `target_revised_on` text;--> statement-breakpoint
ALTER TABLE `commitments` ADD `trajectory_basis` text;--> statement-breakpoint
ALTER TABLE `commitments` ADD `planned_on` text;--> statement-breakpoint
ALTER TABLE `commitments` ADD `planned_moved_later` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `commitments` ADD `last_reviewed_on` text;--> statement-breakpoint
ALTER TABLE `commitments` ADD `computed_on` text;--> statement-breakpoint
ALTER TABLE `metrics` ADD `unit_label` text;--> statement-breakpoint
ALTER TABLE `metrics` ADD `decimals` integer;--> statement-breakpoint
ALTER TABLE `metrics` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `status_updates` ADD `entry_type` text DEFAULT 'update' NOT NULL;--> statement-breakpoint
ALTER TABLE `status_updates` ADD `observation_id` integer REFERENCES observations(id);--> statement-breakpoint
ALTER TABLE `status_updates` ADD `date_confirmed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `target_revisions` ADD `new_baseline_value` real;--> statement-breakpoint
ALTER TABLE `target_revisions` ADD `new_baseline_on` text;