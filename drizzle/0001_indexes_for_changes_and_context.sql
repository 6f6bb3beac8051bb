CREATE INDEX `metrics_related_commitment_idx` ON `metrics` (`related_commitment_id`);--> statement-breakpoint
CREATE INDEX `observations_created_idx` ON `observations` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `status_updates_created_idx` ON `status_updates` (`created_at`,`id`);