// Placeholder replaced by the phantoms generator.
console.error('demo generation not yet implemented');
