module "b" {
  source = "../cycle-b"
}

resource "aws_s3_bucket" "a" {
  bucket = "cycle-a"
}
