# Compute for a records-processing service: instances, a Nitro Enclaves host, volumes,
# images, launch templates and Auto Scaling, one good_ and one bad_ example of each control.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

variable "image_id" {
  type    = string
  default = "ami-0abcdef1234567890"
}

resource "aws_vpc" "main" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.50.1.0/24"
}

resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.50.100.0/24"
  map_public_ip_on_launch = true
}

resource "aws_iam_role" "app" {
  name = "records-worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_instance_profile" "app" {
  name = "records-worker"
  role = aws_iam_role.app.name
}

resource "aws_security_group" "app" {
  name   = "records-worker"
  vpc_id = aws_vpc.main.id
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.50.0.0/16"]
  }
}

resource "aws_security_group" "exposed_enclave" {
  name   = "enclave-demo"
  vpc_id = aws_vpc.main.id
  ingress {
    description = "vsock-proxy"
    protocol    = "tcp"
    from_port   = 8000
    to_port     = 8000
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# --- Instances --------------------------------------------------------------------------

resource "aws_instance" "good" {
  ami                    = var.image_id
  instance_type          = "m6i.large"
  subnet_id              = aws_subnet.private.id
  vpc_security_group_ids = [aws_security_group.app.id]
  iam_instance_profile   = aws_iam_instance_profile.app.name
  monitoring             = true

  metadata_options {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }

  tags = { phi = "true" }
}

# Launched by hand into the default VPC: public address, no profile, IMDSv1, old type.
resource "aws_instance" "bad" {
  ami                         = var.image_id
  instance_type               = "m3.xlarge"
  associate_public_ip_address = true
}

resource "aws_instance" "good_enclave_host" {
  ami                    = var.image_id
  instance_type          = "m6i.xlarge"
  subnet_id              = aws_subnet.private.id
  vpc_security_group_ids = [aws_security_group.app.id]
  iam_instance_profile   = aws_iam_instance_profile.app.name

  enclave_options {
    enabled = true
  }

  launch_template {
    id = aws_launch_template.good.id
  }
}

resource "aws_instance" "bad_enclave_host" {
  ami                    = var.image_id
  instance_type          = "m6i.xlarge"
  subnet_id              = aws_subnet.public.id
  vpc_security_group_ids = [aws_security_group.exposed_enclave.id]
  iam_instance_profile   = aws_iam_instance_profile.app.name

  enclave_options {
    enabled = true
  }
}

# --- EBS --------------------------------------------------------------------------------

resource "aws_kms_key" "records" {
  description         = "records volumes"
  enable_key_rotation = true
}

resource "aws_ebs_encryption_by_default" "good" {
  enabled = true
}

# The disaster-recovery region was set up by hand and its default left off.
resource "aws_ebs_encryption_by_default" "bad_dr" {
  provider = aws.dr
  enabled  = false
}

resource "aws_ebs_default_kms_key" "records" {
  key_arn = aws_kms_key.records.arn
}

resource "aws_ebs_volume" "good_records" {
  availability_zone = aws_instance.good.availability_zone
  size              = 200
  type              = "gp3"
  encrypted         = true
  kms_key_id        = aws_kms_key.records.arn
  tags              = { phi = "true" }
}

resource "aws_volume_attachment" "good_records" {
  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.good_records.id
  instance_id = aws_instance.good.id
}

# Encrypted, but with aws/ebs, and attached to the PHI instance.
resource "aws_ebs_volume" "bad_scratch" {
  availability_zone = aws_instance.good.availability_zone
  size              = 100
  encrypted         = true
}

resource "aws_volume_attachment" "bad_scratch" {
  device_name = "/dev/sdg"
  volume_id   = aws_ebs_volume.bad_scratch.id
  instance_id = aws_instance.good.id
}

resource "aws_ebs_volume" "bad_unencrypted" {
  availability_zone = "us-east-1a"
  size              = 50
}

# --- AMIs -------------------------------------------------------------------------------

resource "aws_ami_from_instance" "good_golden" {
  name               = "records-worker-golden"
  source_instance_id = aws_instance.good.id
}

resource "aws_ami_launch_permission" "good_golden_dr_account" {
  image_id   = aws_ami_from_instance.good_golden.id
  account_id = "444455556666"
}

resource "aws_ami_from_instance" "bad_shared" {
  name               = "records-worker-shared"
  source_instance_id = aws_instance.good.id
}

resource "aws_ami_launch_permission" "bad_shared_everyone" {
  image_id = aws_ami_from_instance.bad_shared.id
  group    = "all"
}

# --- Launch templates and Auto Scaling --------------------------------------------------

resource "aws_launch_template" "good" {
  name          = "records-worker"
  image_id      = var.image_id
  instance_type = "m6i.large"

  metadata_options {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }

  monitoring {
    enabled = true
  }

  network_interfaces {
    associate_public_ip_address = false
    security_groups             = [aws_security_group.app.id]
  }
}

resource "aws_launch_template" "bad" {
  name          = "legacy-worker"
  image_id      = var.image_id
  instance_type = "t3.large"

  network_interfaces {
    associate_public_ip_address = true
  }
}

resource "aws_lb_target_group" "app" {
  name     = "records-worker"
  port     = 443
  protocol = "HTTPS"
  vpc_id   = aws_vpc.main.id
}

resource "aws_autoscaling_group" "good" {
  name                      = "records-worker"
  min_size                  = 2
  max_size                  = 6
  vpc_zone_identifier       = [aws_subnet.private.id]
  target_group_arns         = [aws_lb_target_group.app.arn]
  health_check_type         = "ELB"
  health_check_grace_period = 300

  launch_template {
    id      = aws_launch_template.good.id
    version = "$Default"
  }
}

resource "aws_autoscaling_group" "bad" {
  name                 = "legacy-worker"
  min_size             = 1
  max_size             = 3
  vpc_zone_identifier  = [aws_subnet.public.id]
  launch_configuration = aws_launch_configuration.bad.name
}

resource "aws_autoscaling_attachment" "bad" {
  autoscaling_group_name = aws_autoscaling_group.bad.id
  lb_target_group_arn    = aws_lb_target_group.app.arn
}

resource "aws_launch_configuration" "good" {
  name_prefix                 = "records-"
  image_id                    = var.image_id
  instance_type               = "m6i.large"
  iam_instance_profile        = aws_iam_instance_profile.app.name
  associate_public_ip_address = false

  metadata_options {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }
}

resource "aws_launch_configuration" "bad" {
  name_prefix                 = "legacy-"
  image_id                    = var.image_id
  instance_type               = "m6i.large"
  associate_public_ip_address = true
  enable_monitoring           = false
}
