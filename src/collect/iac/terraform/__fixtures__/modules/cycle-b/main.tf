module "a" {
  source = "../cycle-a"
}

resource "aws_s3_bucket" "b" {
  bucket = "cycle-b"
}
