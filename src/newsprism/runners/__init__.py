"""runners stage."""
