SELECT set_config('autocrm.actor', 'migration', true);
