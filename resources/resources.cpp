// Placeholder translation unit; the resources work in progress replaces it.
