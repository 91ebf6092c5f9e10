// Tests read logs only when they listen for them (see redirectLogs).
process.env.LOG_LEVEL ??= 'silent';
